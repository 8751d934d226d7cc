package cvpress.model;

import java.nio.file.Path;
import java.util.List;

/** The {@code cv} block: who the CV is about, how to reach them, and the sections in the order written. */
public record Cv(String name, String headline, String location, List<String> emails, List<String> phones,
                 List<String> websites, Path photo, List<SocialNetwork> socialNetworks,
                 List<CustomConnection> customConnections, List<Section> sections) {
    public Cv {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        websites = List.copyOf(websites);
        socialNetworks = List.copyOf(socialNetworks);
        customConnections = List.copyOf(customConnections);
        sections = List.copyOf(sections);
    }
}
