"""The evidence vault: files encrypted at rest as age blobs beside the database."""
