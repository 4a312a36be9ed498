/**
 * `npm run content:check`: checks every content file as a production build does (entries past their review date
 * included) and lists what is wrong, by file and field.
 */
import { checkContentFiles, contentFolderFiles, formatProblem } from '../src/integrations/content/load.ts';

const { services, crisisLines, guides, problems } = checkContentFiles(contentFolderFiles(), { production: true });
for (const problem of problems) console.error(formatProblem(problem));
console.log(
	`${services.length} services, ${crisisLines.length} crisis lines and ${guides.length} guides checked; ${problems.length} problems.`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
