"""Turn what users paste (aggregator pages, saved web pages, plain articles) into clean
article text with its outlet and title, keeping a map back to the original input."""
