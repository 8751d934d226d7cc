package cvpress.render;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The typesetter's line breaker, minus the break after a hyphen inside a word: "non-convex" stays on one
 * line, because a line that ends in "non-" extracts as two words that an applicant-tracking system cannot
 * join again (it cannot tell a real hyphen at a line end from a hyphenation). It also checks the render's time
 * limit, as the typesetter asks it for every run of text it lays out. One instance serves one render.
 */
final class HyphenKeepingLineBreaker implements FSTextBreaker {

    private final FSTextBreaker delegate =
            new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ROOT));
    private final RenderBudget budget;
    private String text = "";

    HyphenKeepingLineBreaker(RenderBudget budget) {
        this.budget = budget;
    }

    @Override
    public void setText(String newText) {
        budget.checkTime();
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at != BreakIterator.DONE && splitsWordAtHyphen(at)) {
            at = delegate.next();
        }
        return at;
    }

    private boolean splitsWordAtHyphen(int at) {
        return at >= 2 && at < text.length()
                && isHyphen(text.charAt(at - 1))
                && Character.isLetterOrDigit(text.charAt(at - 2))
                && Character.isLetterOrDigit(text.charAt(at));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
    }
}
