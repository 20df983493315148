// A database of its own for the test suite, where the server allows it (Enterprise Edition; run
// on the `system` database). Community Edition refuses it and the suite claims the configured one.
CREATE DATABASE $name IF NOT EXISTS WAIT 60 SECONDS
