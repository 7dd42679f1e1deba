/** Entry of the budget pool's threads (bundled to <distDir>/budget-worker.mjs by scripts/build-direct-routes.mjs). */
import { budgetTasks } from "./budget-tasks";
import { serveTasks } from "./serve-tasks";

serveTasks(budgetTasks);
