//! Arabic number phrases (placeholder until the number parser lands).
