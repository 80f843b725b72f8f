package cn.stampcheck.batch;

import java.util.List;

/** The outcome of a folder run: one result per file, in the order the files were given (paths sorted). */
public record Overview(List<FileResult> files) {

    public Overview {
        files = List.copyOf(files);
    }

    /** The worst verdict of any file: what the command line exits with. */
    public Status worst() {
        return files.stream().map(f -> f.summary().status()).reduce(Status.READY, Status::worse);
    }

    public long count(Status status) {
        return files.stream().filter(f -> f.summary().status() == status).count();
    }

    public long pairs() {
        return files.stream().filter(f -> f.summary().previous() != null).count();
    }

    public long findings() {
        return files.stream().mapToLong(f -> f.findings().size()).sum();
    }
}
