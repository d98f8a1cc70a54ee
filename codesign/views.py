"""The co-design space's pages (/codesign/)."""
