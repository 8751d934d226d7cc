package cvpress.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typesetter's font metrics, kept between renders of one style so that a warm render parses no
 * font it does not draw with (and given beforehand for the bundled faces, so that a cold one parses none either),
 * and the widths of the texts it measured ({@link #widths()}); safe to share between threads.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();
    private final TextWidths widths = new TextWidths();

    /**
     * Gives the typesetter the listed metrics of {@code face}, if it has any, before it looks for them: it then
     * loads the face only to draw with it. The key is the one openhtmltopdf 1.1 files a face's metrics under
     * ({@code FontDescription.createFontMetricsCacheKey}); were it to change, the face would be loaded again as
     * before, which the font-loading test notices.
     */
    void know(FontSet.Face face) {
        FaceMetrics metrics = face.file().metrics();
        if (metrics != null) {
            values.computeIfAbsent("font-metrics2:" + face.family() + ":" + face.weight() + ":"
                    + (face.italic() ? "italic" : "normal"), key -> metrics.typesetters());
        }
    }

    /** The widths of texts measured in the style's fonts. */
    TextWidths widths() {
        return widths;
    }

    @Override
    public void put(String key, FSCacheValue value) {
        values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        FSCacheValue value = values.get(key);
        if (value == null) {
            try {
                value = loader.call();
            } catch (Exception e) {
                return null;
            }
            if (value != null) {
                values.putIfAbsent(key, value);
            }
        }
        return value;
    }

    @Override
    public FSCacheValue get(String key) {
        return values.get(key);
    }
}
