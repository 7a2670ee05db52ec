package dev.jbench.harness.cli;

import dev.jbench.harness.options.BenchTime;
import dev.jbench.harness.options.GoDuration;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for Go's value syntaxes; their messages become "Invalid value for option ...". */
final class Converters {

    private Converters() {
    }

    static final class BenchTimeConverter implements ITypeConverter<BenchTime> {
        @Override
        public BenchTime convert(String value) {
            try {
                return BenchTime.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                Duration d = GoDuration.parse(value);
                if (d.isNegative()) {
                    throw new TypeConversionException("invalid duration \"" + value + "\": must not be negative");
                }
                return d;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
