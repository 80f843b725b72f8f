package cn.stampcheck.rules;

/**
 * The yearly notice a rules file encodes: its year and the issuing place (临淄区, 高青县). The place
 * lets the checker pick this file for a report whose title or file name names the place.
 */
public record Notice(int year, String place) {

    /** The place without its administrative suffix (临淄区 → 临淄), as titles often write it. */
    public String shortPlace() {
        return place.length() > 2 && place.matches(".*[区县市]$") ? place.substring(0, place.length() - 1) : place;
    }
}
