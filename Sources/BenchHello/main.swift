// A Swift hello-world, built the same way as taster, as the start-up baseline in `make bench`.
print("Welcome to Taster!")
