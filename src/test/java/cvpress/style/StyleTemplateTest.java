package cvpress.style;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StyleTemplateTest {

    @TempDir
    Path dir;

    private StyleTemplate template(String main) throws Exception {
        Files.writeString(dir.resolve("template.mustache"), main);
        Files.writeString(dir.resolve("item.mustache"), "<{{text}}>");
        return StyleTemplate.compile(new Style("t", "", new StyleSource.Directory(dir), Map.of()));
    }

    @Test
    void templatesSeeMapsListsStringsAndBooleansOnly() throws Exception {
        StyleTemplate t = template("{{#items}}{{> item}}{{/items}}|{{name.length}}{{name.class}}{{class}}{{items.size}}|{{#on}}on{{/on}}{{^off}}off{{/off}}");
        String out = t.render(Map.of("items", List.of(Map.of("text", "a"), Map.of("text", "b")),
                "name", "value", "on", true, "off", false));
        assertEquals("<a><b>||onoff", out);
    }

    @Test
    void valuesAreWrittenAsTheyAreBecauseTheyAreAlreadySafeHtml() throws Exception {
        assertEquals("<em>x</em> &amp;", template("{{v}}").render(Map.of("v", "<em>x</em> &amp;")));
    }
}
