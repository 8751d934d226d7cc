package cvpress.model;

/** A header link the author defines: shown text and target URL (RenderCV's custom_connections). */
public record CustomConnection(String placeholder, String url) {
}
