// Sizing
