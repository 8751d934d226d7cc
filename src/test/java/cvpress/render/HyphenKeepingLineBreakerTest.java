package cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenKeepingLineBreakerTest {

    static List<Integer> breaks(String text) {
        HyphenKeepingLineBreaker breaker = new HyphenKeepingLineBreaker(new RenderBudget(RenderLimits.DEFAULT));
        breaker.setText(text);
        List<Integer> at = new ArrayList<>();
        for (int b = breaker.next(); b != BreakIterator.DONE; b = breaker.next()) {
            at.add(b);
        }
        return at;
    }

    @Test
    void neverBreaksAfterAHyphenInsideAWord() {
        String text = "in non-convex and row-stochastic settings";
        assertEquals(List.of(3, 14, 18, 33, 41), breaks(text));
        BreakIterator stock = BreakIterator.getLineInstance(java.util.Locale.ROOT);
        stock.setText(text);
        List<Integer> stockBreaks = new ArrayList<>();
        for (int b = stock.next(); b != BreakIterator.DONE; b = stock.next()) {
            stockBreaks.add(b);
        }
        assertEquals(List.of(3, 7, 14, 18, 22, 33, 41), stockBreaks, "the stock breaker splits after the hyphens");
    }

    @Test
    void stillBreaksAtSpacesAndAfterADashBetweenWords() {
        assertEquals(List.of(5, 7, 11), breaks("2019 - 2021"));
        assertEquals(List.of(4, 8), breaks("one two "));
    }
}
