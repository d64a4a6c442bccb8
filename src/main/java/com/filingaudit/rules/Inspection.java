package com.filingaudit.rules;

/**
 * A periodic inspection, annual review or graded assessment (年检, 年审, 测评): due every {@code cadence} after the
 * last one (or after issue), tolerated for {@code grace} past the due date, prepared {@code prepare} ahead.
 */
public record Inspection(Term cadence, Term grace, Term prepare) {
}
