/**
 * Settings of this deployment that are not content, read from the environment at build time.
 *
 * PROBLEM_REPORT_REPO: the GitHub repository (owner/name) where readers report a problem with a page. Unset, the
 * pages show no such link: a site copied elsewhere should not send its readers to someone else's repository.
 */
import { problemReportRepositoryUrl } from './lib/problem-report';

export const problemReportRepository: string | undefined = problemReportRepositoryUrl(process.env.PROBLEM_REPORT_REPO);
