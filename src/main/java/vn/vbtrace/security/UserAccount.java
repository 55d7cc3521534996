package vn.vbtrace.security;

/** One user: the name they sign in with, their role and their password's hash ({bcrypt}...). */
public record UserAccount(String name, Role role, String passwordHash) {

    @Override
    public String toString() {
        // Never print the hash.
        return "UserAccount[name=" + name + ", role=" + role + "]";
    }
}
