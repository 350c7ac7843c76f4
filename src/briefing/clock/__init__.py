"""Clock: the programme's time, the estimate, the plan and the fit to it."""
