package org.steward.users;

import org.steward.shared.errors.StewardException;

/**
 * A state-changing request signed in by the session cookie came without the matching {@code X-XSRF-TOKEN} header
 * (403 {@code auth.csrf-failed}): it may have been sent by another site's page in the user's browser.
 */
public class CsrfFailedException extends StewardException {

    public CsrfFailedException() {
        super(
                "auth.csrf-failed",
                "Request not verified",
                "Requests signed in by the session cookie must send the X-XSRF-TOKEN header; reload the page and try"
                        + " again.");
    }

    @Override
    public int status() {
        return 403;
    }
}
