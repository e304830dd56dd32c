/**
 * The answer of `load`, or undefined when the backend answers 404: a scope the synced
 * hierarchy does not hold (a group that owns nothing yet) is nothing to show, not an error.
 */
export async function unlessNotFound<T>(
  load: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if ((error as { response?: { status?: number } }).response?.status === 404)
      return undefined;
    throw error;
  }
}
