package org.steward.interactions;

/** How the contact happened. */
public enum Channel {
    PHONE,
    EMAIL,
    MEETING,
    MAIL,
    EVENT,
    WEB_FORM,
    WALK_IN,
    SOCIAL
}
