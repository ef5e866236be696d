"""`rights-at-hand self-test`: the real main window driven offscreen, step by step.

Nothing in the app imports this package; only the `self-test` verb does (and tests).

- `runner`: what a step gets (`SelfTest`: the app, the window, ways to wait), `StepFailed`,
  and `run_steps`, which runs steps in order and names the first that fails;
- one module of steps per feature (`window`, `navigation`, `search`, `language`, `parallel`,
  `bookmarks`, `printing`, `screen_reader`): plain functions taking a `SelfTest`;
- `steps.STEPS`: the one ordered list of every step that runs. A feature adds its steps by
  writing a module here and listing them there, at the place they belong.
"""
