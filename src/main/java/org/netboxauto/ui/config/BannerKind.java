package org.netboxauto.ui.config;

/** What the banner above the tabs is saying, from most to least urgent. */
public enum BannerKind {
    /** The config is missing or has errors; the app cannot work until fixed. */
    PROBLEMS,
    /** The config works but something deserves a look; dismissible. */
    WARNINGS,
    /** Good news, such as a starter config just written; dismissible. */
    NOTICE,
    NONE
}
