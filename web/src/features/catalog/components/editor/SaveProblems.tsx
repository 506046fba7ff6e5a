import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** What the server refused: a message and the fields it names (JSON pointers into the content, or null). */
export interface ServerProblem {
  message: string;
  fields: { pointer: string | null; message: string }[];
}

/**
 * Why the last save did not go through: a revision conflict (someone saved in between; offer to reload, never
 * overwrite), or the server's coded error with each field it names, a click on which shows the field.
 */
export function SaveProblems({ conflictRevision, onReload, problem, onClose, onReveal, describe }: {
  conflictRevision: number | null;
  onReload: () => void;
  problem: ServerProblem | null;
  onClose: () => void;
  onReveal: (pointer: string) => void;
  describe: (pointer: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {conflictRevision !== null ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="revision-conflict"
          title={t('catalogEditor.conflict.title')}
          description={t('catalogEditor.conflict.description', { revision: conflictRevision })}
          action={<Button onClick={onReload}>{t('catalogEditor.conflict.reload')}</Button>}
        />
      ) : null}
      {problem ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="save-error"
          closable={{ onClose }}
          title={problem.message}
          description={
            problem.fields.length > 0 ? (
              <ul className="server-field-errors">
                {problem.fields.map((field, index) => (
                  <li key={`${field.pointer ?? ''}:${index}`}>
                    {field.pointer !== null ? (
                      <Button type="link" size="small" className="inline-link" onClick={() => onReveal(field.pointer ?? '')}>
                        {field.pointer ? describe(field.pointer) : t('catalogEditor.findings.whole')}
                      </Button>
                    ) : null}{' '}
                    {field.message}
                  </li>
                ))}
              </ul>
            ) : null
          }
        />
      ) : null}
    </>
  );
}
