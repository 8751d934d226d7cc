package cvpress.cli;

import cvpress.model.ByteSize;
import cvpress.model.CvLoader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --max-input-size} option every command that reads an input shares. */
final class InputSizeOption {

    @Option(names = "--max-input-size", paramLabel = "SIZE", converter = Converter.class,
            description = "Refuse input files larger than this, e.g. 20MB or 512kB. Default: 5MB.")
    ByteSize maxInputSize;

    /** The size given, else the default. */
    ByteSize limit() {
        return maxInputSize == null ? CvLoader.defaultMaxInput() : maxInputSize;
    }

    /** Reads a size such as {@code 20MB}. */
    static final class Converter implements ITypeConverter<ByteSize> {
        @Override
        public ByteSize convert(String value) {
            try {
                return ByteSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
