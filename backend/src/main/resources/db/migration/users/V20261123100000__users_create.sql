CREATE TABLE users (
    id                 CHAR(36)     NOT NULL,
    username           VARCHAR(100) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    email              VARCHAR(320) NULL,
    password_hash      VARCHAR(100) NOT NULL,
    roles              VARCHAR(200) NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    tokens_valid_after DATETIME     NOT NULL,
    last_login_at      DATETIME     NULL,
    version            BIGINT       NOT NULL,
    created_at         DATETIME     NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         DATETIME     NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_username UNIQUE (username)
);

CREATE TABLE app_secrets (
    name         VARCHAR(100) NOT NULL,
    secret_value VARCHAR(500) NOT NULL,
    created_at   DATETIME     NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (name)
);
