package app.tandem.user;

public enum Role {
    TRANSLATOR, REVIEWER, ADMIN
}
