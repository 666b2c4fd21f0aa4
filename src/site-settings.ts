/**
 * Settings of this deployment that are not content. `repositoryUrl` is where readers report problems with a page:
 * change it when the project moves.
 */
export const repositoryUrl = 'https://github.com/aliexpress-deletion-guide/guide';
