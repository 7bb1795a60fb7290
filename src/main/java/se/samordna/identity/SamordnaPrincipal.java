package se.samordna.identity;

import java.util.UUID;

/** Whatever way a person signed in (password, OpenID Connect, API token), the principal names the local account. */
interface SamordnaPrincipal extends java.io.Serializable {
    UUID userId();
}
