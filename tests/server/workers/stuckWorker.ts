// A pool worker that never finishes loading, to test the pool's startup timeout.
for (;;);
