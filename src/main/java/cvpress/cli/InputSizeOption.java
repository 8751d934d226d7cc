package cvpress.cli;

import cvpress.model.ByteSize;
import cvpress.model.CvLoader;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The {@code --max-input-size} option every command that reads an input shares. */
final class InputSizeOption {

    private static final String NAME = "max-input-size";

    private InputSizeOption() {
    }

    /** Adds the option to a command's options. */
    static Options addTo(Options options) {
        return options.addOption(Option.builder().longOpt(NAME).hasArg().argName("SIZE")
                .desc("Refuse input files larger than this, e.g. 20MB or 512kB. Default: 5MB.").build());
    }

    /** The size given, else the default. */
    static ByteSize limit(Arguments arguments) {
        ByteSize given = arguments.converted(NAME, null, ByteSize::parse);
        return given == null ? CvLoader.defaultMaxInput() : given;
    }
}
