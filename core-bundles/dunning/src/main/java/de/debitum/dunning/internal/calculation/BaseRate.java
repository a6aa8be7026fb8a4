package de.debitum.dunning.internal.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The base rate (Basiszinssatz, § 247 BGB) in percent, valid from 1 January or 1 July. */
public record BaseRate(LocalDate validFrom, BigDecimal percent) {

    public BaseRate {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(percent, "percent");
    }
}
