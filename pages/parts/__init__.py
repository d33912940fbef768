"""Parts of pages, one module per phase or concern, so each page file stays a short dispatcher."""
