package com.filingaudit.rules;

import java.util.List;

/** A catalog text in both report languages. */
public record Bilingual(List<String> zh, List<String> en) {

	public static final Bilingual NONE = new Bilingual(List.of(), List.of());

	public Bilingual {
		zh = List.copyOf(zh);
		en = List.copyOf(en);
	}

	public List<String> in(boolean chinese) {
		return chinese ? zh : en;
	}


}
