package de.debitum.dunning.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;
import de.debitum.dunning.policy.DefaultPolicies;
import de.debitum.dunning.policy.DelayBasis;
import de.debitum.dunning.policy.DeliveryChannel;
import de.debitum.dunning.policy.DunningLevel;
import de.debitum.dunning.policy.DunningLevelKind;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.policy.DunningThresholds;

class PolicyCodecTest {

    @Test
    void germanDefaultRoundTrips() {
        DunningPolicy german = DefaultPolicies.german();

        assertThat(PolicyCodec.read(PolicyCodec.write(german))).isEqualTo(german);
    }

    @Test
    void specialCharactersRoundTrip() {
        DunningPolicy policy = new DunningPolicy(List.of(new DunningLevel(DunningLevelKind.FIRST_REMINDER,
                DelayBasis.AFTER_DUE_DATE, 10, 10, Money.of("1.50", "CHF"), "mahnung=erste#ü:\\x",
                DeliveryChannel.POST, true)), new DunningThresholds(Money.of("0.00", "CHF"), 2, 0), false, 30);

        assertThat(PolicyCodec.read(PolicyCodec.write(policy))).isEqualTo(policy);
    }

    @Test
    void missingKeyIsNamed() {
        String text = PolicyCodec.write(DefaultPolicies.german()).replaceAll("(?m)^level\\.2\\.fee=.*$", "");

        assertThatThrownBy(() -> PolicyCodec.read(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'level.2.fee'");
    }

    @Test
    void invalidValuesAreNamed() {
        String base = PolicyCodec.write(DefaultPolicies.german());

        assertThatThrownBy(() -> PolicyCodec.read(base.replace("level.1.kind=PAYMENT_REMINDER", "level.1.kind=MAHNUNG")))
                .hasMessageContaining("level.1.kind=MAHNUNG")
                .hasMessageContaining("FINAL_REMINDER");
        assertThatThrownBy(() -> PolicyCodec.read(base.replace("thresholds.graceDays=3", "thresholds.graceDays=drei")))
                .hasMessageContaining("thresholds.graceDays=drei")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> PolicyCodec.read(base.replace("level.2.fee=2.50 EUR", "level.2.fee=2,50 EUR")))
                .hasMessageContaining("level.2.fee=2,50 EUR")
                .hasMessageContaining("2.50 EUR");
        assertThatThrownBy(() -> PolicyCodec.read(base.replace("businessFlatFeeEnabled=false", "businessFlatFeeEnabled=ja")))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> PolicyCodec.read(base.replace("levels=4", "levels=11")))
                .hasMessageContaining("11 levels");
    }
}
