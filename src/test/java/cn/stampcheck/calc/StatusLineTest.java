package cn.stampcheck.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.star.task.XStatusIndicator;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatusLineTest {

    /** Counts how often the office would have been told to take the message away. */
    static final class Indicator implements XStatusIndicator {
        final AtomicInteger ended = new AtomicInteger();
        final CountDownLatch gone = new CountDownLatch(1);

        @Override
        public void start(String text, int range) {
        }

        @Override
        public void end() {
            ended.incrementAndGet();
            gone.countDown();
        }

        @Override
        public void setText(String text) {
        }

        @Override
        public void setValue(int value) {
        }

        @Override
        public void reset() {
        }
    }

    @Test
    void aMessageGoesAfterAWhile() throws Exception {
        Indicator shown = new Indicator();
        StatusLine.leave(shown, Duration.ofMillis(200));
        assertEquals(true, shown.gone.await(10, TimeUnit.SECONDS));
        StatusLine.clear();
        assertEquals(1, shown.ended.get(), "ended once");
    }

    @Test
    void aMessageGoesWhenTheNextCommandStartsAndItsTimerThenLeavesTheNextOne() throws Exception {
        Indicator first = new Indicator();
        StatusLine.leave(first, Duration.ofMillis(300));
        StatusLine.clear();
        assertEquals(1, first.ended.get());
        Indicator second = new Indicator();
        StatusLine.leave(second, Duration.ofSeconds(30));
        Thread.sleep(600);
        assertEquals(0, second.ended.get(), "the first message's timer does not take the second one away");
        assertEquals(1, first.ended.get());
        StatusLine.clear();
        assertEquals(1, second.ended.get());
    }
}
