"""Drawing maps onto pages and images: PDF, SVG, PNG and printers, for the GUI and the command line."""
