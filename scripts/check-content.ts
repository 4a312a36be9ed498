/** `npm run content:check`: checks every content file and lists what is wrong, by file and field. */
import { checkContentFolder } from '../src/lib/content/read.ts';
import { formatProblem } from '../src/lib/content/check.ts';

const { services, crisisLines, problems } = checkContentFolder(process.cwd());
for (const problem of problems) console.error(formatProblem(problem));
console.log(`${services.length} services and ${crisisLines.length} crisis lines checked; ${problems.length} problems.`);
process.exitCode = problems.length > 0 ? 1 : 0;
