import { Alert } from "@/components/ui/alert";
import type { InteractionView } from "@/lib/provider/sign-in/get-interaction-view";

/**
 * What the consent screen warns about an app no one vouched for: one that registered itself and
 * that no administrator approved (ARCHITECTURE.md "Dynamic registration"), naming where the answer
 * goes, or one not yet reviewed ("App review").
 */
export function ConsentNotice({ view }: { view: InteractionView }) {
  if (view.client?.registeredItself && !view.client.approved) {
    return (
      <div className="mb-5" data-testid="self-registered-notice">
        <Alert tone="warning">
          <strong>
            {view.documentHost ? (
              <>
                Registered by <span className="break-all">{view.documentHost}</span>: this app describes itself in a
                document there. Ninka has not reviewed it.
              </>
            ) : (
              "This app registered itself. Ninka has not reviewed it."
            )}
          </strong>
          {view.redirectHost && (
            <>
              {" "}
              After you choose, you go back to <strong className="break-all">{view.redirectHost}</strong>.
            </>
          )}
        </Alert>
      </div>
    );
  }
  if (view.review.reviewed) return null;
  return (
    <div className="mb-5">
      <Alert tone="warning">This app has not been reviewed by {view.instanceName}.</Alert>
    </div>
  );
}
