/** Where each rule's documentation lives: `rules/<rule-id>.md` in the repository. */
export const REPOSITORY = 'https://github.com/translint/translint'

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY}/blob/main/rules/${ruleId}.md`
}
