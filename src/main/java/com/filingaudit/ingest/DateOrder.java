package com.filingaudit.ingest;

/**
 * How to read a date whose year comes last ({@code 03/04/2027}). {@link #YMD}, the default, reads only what cannot
 * be misread: day and month that could be either way round are refused. A register known to write day first (DMY,
 * as in most of the world) or month first (MDY, as in the United States) is read that way.
 */
public enum DateOrder {

	YMD, DMY, MDY

}
