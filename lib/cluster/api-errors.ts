/** A request the simulated API server refuses, worded as the real one words it. */
export class ApiRejection extends Error {
  constructor(message: string, readonly path = "", readonly code = 422) {
    super(message);
    this.name = "ApiRejection";
  }
}
