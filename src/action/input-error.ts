/** A workflow input (`with:` in the workflow file) that cannot be used as given. */
export class ActionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionInputError';
  }
}
