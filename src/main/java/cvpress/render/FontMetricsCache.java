package cvpress.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typesetter's font metrics, kept between renders of one style so that a warm render parses no
 * font it does not draw with, and the widths of the texts it measured ({@link #widths()}); safe to share between
 * threads.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();
    private final TextWidths widths = new TextWidths();

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
