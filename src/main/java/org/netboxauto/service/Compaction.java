package org.netboxauto.service;

import java.time.Duration;

/**
 * What a compaction of the store removed.
 *
 * @param observations observations a later one of the same MAC and source replaced
 * @param runs         old runs left with nothing that refers to them, with their source results
 * @param fileRewrite  bytes the store wrote to move live data out of mostly dead parts of its file
 */
public record Compaction(long observations, long runs, long fileRewrite, Duration took) {
}
