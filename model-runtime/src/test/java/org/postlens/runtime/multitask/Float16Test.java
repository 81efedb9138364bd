package org.postlens.runtime.multitask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Float16Test {

    @Test
    void knownValuesConvertExactly() {
        assertThat(Float16.fromFloat(1f)).isEqualTo((short) 0x3c00);
        assertThat(Float16.fromFloat(-2f)).isEqualTo((short) 0xc000);
        assertThat(Float16.fromFloat(65504f)).isEqualTo((short) 0x7bff);
        assertThat(Float16.fromFloat(70000f)).isEqualTo((short) 0x7c00);
        assertThat(Float16.fromFloat(0.1f)).isEqualTo((short) 0x2e66);
        assertThat(Float16.fromFloat(0x1p-24f)).isEqualTo((short) 0x0001);
        assertThat(Float16.fromFloat(1e-9f)).isEqualTo((short) 0);
        assertThat(Float16.toFloat((short) 0x3555)).isEqualTo(0.333251953125f);
        assertThat(Float16.toFloat((short) 0x0001)).isEqualTo(0x1p-24f);
        assertThat(Float.isNaN(Float16.toFloat(Float16.fromFloat(Float.NaN)))).isTrue();
    }

    @Test
    void roundTripsWithinHalfAUnitInTheLastPlace() {
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            float value = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(8) - 6));
            float back = Float16.toFloat(Float16.fromFloat(value));
            float tolerance = Math.abs(value) >= 0x1p-14f ? Math.abs(value) * 0x1p-11f : 0x1p-25f;
            assertThat(Math.abs(back - value)).as("%s -> %s", value, back).isLessThanOrEqualTo(tolerance);
        }
    }
}
