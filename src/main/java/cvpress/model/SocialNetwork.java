package cvpress.model;

/** An account on a known network (GitHub, LinkedIn, ORCID, Google Scholar, ...). */
public record SocialNetwork(String network, String username) {
}
