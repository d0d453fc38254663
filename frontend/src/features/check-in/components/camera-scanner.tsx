import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

import { decodeQr } from '@/features/check-in/utils/qr-decoder';

type CameraScannerProps = {
  opened: boolean;
  onClose: () => void;
  /** Called once with the text of the first QR code seen; the camera stops. */
  onCode: (text: string) => void;
};

/** Frames wider than this are scaled down before decoding: faster, and a QR code at the door is large. */
const MAX_FRAME_WIDTH = 1280;
const FRAME_INTERVAL_MS = 200;

function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'The camera may not be used: allow it in the browser settings, or use "Scan from a photo".';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'No camera was found on this device. Use "Scan from a photo" or search by name.';
  }
  if (name === 'NotReadableError') {
    return 'The camera is busy in another app. Close it there and try again.';
  }
  return 'The camera could not be opened. Use "Scan from a photo" or search by name.';
}

/**
 * Opens the camera (the rear one when there is a choice) and decodes QR codes continuously until one is found.
 * Browsers offer the camera only on secure pages (https or localhost).
 */
export function CameraScanner({ opened, onClose, onCode }: CameraScannerProps) {
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal opened={opened} onClose={onClose} title="Scan a QR code" fullScreen={phone} size="lg">
      {opened ? <ScannerBody onClose={onClose} onCode={onCode} /> : null}
    </Modal>
  );
}

/** Mounted while the scanner is open: the camera runs exactly as long as this is shown. */
function ScannerBody({ onClose, onCode }: Omit<CameraScannerProps, 'opened'>) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const onCodeRef = useRef(onCode);
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(true);

  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: number | undefined;

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem('This browser offers no camera here (it needs a secure https address). Use "Scan from a photo".');
        setStarting(false);
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: { ideal: 'environment' } },
          audio: false,
        });
      } catch (error) {
        setProblem(cameraProblem(error));
        setStarting(false);
        return;
      }
      const video = videoRef.current;
      if (stopped || !video) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      video.srcObject = stream;
      try {
        await video.play();
      } catch {
        // autoplay refused: the frames still arrive for decoding on most browsers
      }
      setStarting(false);
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      const tick = async () => {
        if (stopped || !context) return;
        if (video.readyState >= 2 && video.videoWidth > 0) {
          const scale = Math.min(1, MAX_FRAME_WIDTH / video.videoWidth);
          canvas.width = Math.round(video.videoWidth * scale);
          canvas.height = Math.round(video.videoHeight * scale);
          context.drawImage(video, 0, 0, canvas.width, canvas.height);
          const text = await decodeQr(context.getImageData(0, 0, canvas.width, canvas.height)).catch(() => null);
          if (text && !stopped) {
            onCodeRef.current(text);
            return;
          }
        }
        if (!stopped) timer = window.setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    };
    void start();

    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <Stack gap="sm">
      {problem ? (
        <Alert color="red" variant="light" role="alert" title="No camera">
          {problem}
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {starting ? 'Opening the camera…' : 'Hold the QR code of the confirmation email in front of the camera.'}
          </Text>
          <video
            ref={videoRef}
            muted
            playsInline
            aria-label="Camera picture"
            style={{ width: '100%', maxHeight: '60dvh', background: 'black', borderRadius: 8, objectFit: 'cover' }}
          />
        </>
      )}
      <Button variant="default" size="md" onClick={onClose}>
        Close the camera
      </Button>
    </Stack>
  );
}
