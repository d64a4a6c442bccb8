package com.filingaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.filingaudit.rules.CreditCodes;

class FilingsTest {

	private static final Registry REGISTRY = new Registry(5_000, 0.5, 8, 42, LocalDate.of(2026, 11, 23));

	@Test
	void theSameSeedDrawsTheSameFilings() {
		assertThat(draw(REGISTRY)).isEqualTo(draw(REGISTRY));
		assertThat(draw(new Registry(5_000, 0.5, 8, 43, REGISTRY.asOf()))).isNotEqualTo(draw(REGISTRY));
	}

	@Test
	void creditCodesAreValidAndNumbersUniquePerType() {
		List<RegistryRow> rows = draw(REGISTRY);

		assertThat(rows).allSatisfy(row -> assertThat(CreditCodes.check(row.creditCode()).kind())
			.isEqualTo(CreditCodes.Check.Kind.VALID));
		assertThat(rows.stream().map(row -> row.type() + " " + row.number()).distinct()).hasSize(rows.size());
		assertThat(rows.stream().map(RegistryRow::owner).distinct()).hasSize(8);
	}

	private static List<RegistryRow> draw(Registry registry) {
		Filings filings = new Filings(registry);
		return IntStream.range(0, registry.rows()).mapToObj(i -> filings.next()).toList();
	}

}
